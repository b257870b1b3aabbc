import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, like every page: a prerendered copy would carry no CSP nonce, and its
  // inline scripts would be blocked (lib/http/security-headers.ts).
  await connection();
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">There is no page or market at this address.</p>
      <p className="mt-4">
        <Link href="/markets" className="text-brand-700 hover:underline">
          See all markets
        </Link>
      </p>
    </div>
  );
}
