import { CompareNav } from "@/components/compare/compare-nav";

export default function CompareLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <CompareNav />
      {children}
    </>
  );
}
