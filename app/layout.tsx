// The document (html, body) belongs to app/[locale]/layout.tsx, which knows the language; this
// root only passes through (next-intl's App Router set-up).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
