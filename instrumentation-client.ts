// Runs in the browser before the app's own code. Zod compiles object parsers with `new Function`
// unless told not to, and probes for it on first use; under our Content-Security-Policy (no
// 'unsafe-eval') the probe fails safely but is reported as a CSP violation on every page that
// parses. Jitless mode parses the same, without the probe (zod's setting for strict CSPs).
//
// Set on zod's global configuration object rather than through `z.config()`: importing zod here
// would put ~5 KB gzip on every page's first load. tests/unit/http/zod-jitless.test.ts checks
// that zod still reads its configuration from this object.

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
const scope = globalThis as ZodGlobal;
scope.__zod_globalConfig ??= {};
scope.__zod_globalConfig.jitless = true;

export {};
