import { notFound } from "next/navigation";

// Any address under a locale that no page matches: the localized "Not found" page.
export default function UnknownPage() {
  notFound();
}
