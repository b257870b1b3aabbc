/** A firm profile for tests that need one but test nothing about it: mid ratings, a strong ecosystem. */
export const sampleFirm = {
  ecosystem: 4,
  technology: 3,
  brand: 3,
  network: 3,
  quality: 3,
  domesticSaturation: 3,
  domesticCompetition: 4,
  homePolicySupport: 4,
  resources: 3,
  riskAppetite: 3,
  urgency: 3,
};
