import "server-only";

// The headers every response carries. The Content-Security-Policy follows Next.js's nonce guide:
// a fresh nonce per page request, which Next.js reads from the request's own CSP header and puts
// on its inline and framework scripts; 'strict-dynamic' then trusts what those scripts load.

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Outbound uses none of these; denying them means an injected script cannot ask for them either.
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
};

/** 128 random bits, base64: unguessable, and fresh for each page (Next.js's CSP guide). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for a page (with its nonce) or for anything else (API answers, static files: no inline
 * scripts to allow, and the Monte Carlo worker's script takes its policy from this response).
 */
export function contentSecurityPolicy({ nonce, dev }: { nonce?: string; dev: boolean }): string {
  // ('self' beside the nonce only serves browsers older than 'strict-dynamic', which then ignores it.)
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'"];
  // React in development rebuilds server error stacks with eval; production never evaluates strings.
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // Stylesheets and <style> elements: our own files, or Next.js's inline ones carrying the nonce
    // (development's hot reload injects styles without one).
    `style-src-elem 'self'${dev ? " 'unsafe-inline'" : nonce ? ` 'nonce-${nonce}'` : ""}`,
    // style="" attributes: bar widths, chart colours and positions are server-rendered as inline
    // styles. An attribute cannot run script, and a nonce cannot cover it (CSP Level 3 §6.1.3).
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
