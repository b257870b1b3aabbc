// A native range input drawn over a track of our own (so the track can carry a band or a scale):
// transparent track, a round thumb with a white ring that stays visible on any background.
export const rangeInputClass =
  "relative h-6 w-full cursor-pointer appearance-none bg-transparent focus-visible:outline-offset-0 " +
  "[&::-moz-range-thumb]:h-4 [&::-moz-range-thumb]:w-4 [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border-2 [&::-moz-range-thumb]:border-white [&::-moz-range-thumb]:bg-brand-700 [&::-moz-range-thumb]:shadow " +
  "[&::-webkit-slider-thumb]:h-4 [&::-webkit-slider-thumb]:w-4 [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:border-2 [&::-webkit-slider-thumb]:border-white [&::-webkit-slider-thumb]:bg-brand-700 [&::-webkit-slider-thumb]:shadow-[0_0_0_1px_rgb(15_23_42/0.5)]";
