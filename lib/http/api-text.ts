import "server-only";

import { createTranslator, type useTranslations } from "next-intl";
import { z } from "zod";

import { LANGUAGE_TAGS, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

import { requestLocale } from "./log";

// API errors in the caller's language (issue 12): the `code` is stable, the `message` follows the
// request's Accept-Language (English when it names none of ours) and the answer says which one
// it chose in Content-Language. An error carries what to say (an ApiText: a message key and its
// arguments), not a sentence; the edge that answers renders it in the caller's locale. The zod
// issues of a parse are worded by zod's own locale for the same language.

/** The subject of a parse error: which part of the request it was ("The query string is invalid"). */
const SUBJECTS = {
  "request body": "body",
  "query string": "query",
  "market code": "marketCode",
  "import id": "importId",
  "scenario file": "scenarioFile",
} as const;
type Subject = (typeof SUBJECTS)[keyof typeof SUBJECTS];

/** What an error says, in no language yet: a key of messages/<locale>/api.json and its arguments. */
export type ApiText =
  | { key: "invalidJson"; what: Subject; detail: string }
  | { key: "invalidRequest"; what: Subject; issues: { path: string; message: string }[] }
  | { key: "unsupportedMediaType"; type: string }
  | { key: "missingContentType" }
  | { key: "payloadTooLarge"; limit: string }
  | { key: "methodNotAllowed"; method: string; path: string; allowed: readonly string[] }
  | { key: "routeNotFound"; path: string }
  | { key: "crossOrigin"; from: "origin" | "page" | "unreadable" | "site"; source: string; trusted: readonly string[] }
  | { key: "rateLimited"; what: RateLimitSubject; perMinute: number; retryAfterSeconds: number }
  | { key: "marketNotFound"; iso3: string }
  | { key: "scenarioNotFound"; id: string; days: number }
  | { key: "scenarioDeletedWhileEditing" }
  | { key: "versionConflict"; baseVersion: number; currentVersion: number }
  | { key: "emptyUpdate" }
  | { key: "scenarioDeleted"; id: string }
  | { key: "databaseUnavailable" }
  | { key: "timeBudgetExceeded"; budgetMs: number }
  | { key: "clientClosedRequest" }
  | { key: "workersUnavailable"; file: string }
  | { key: "internalError" }
  | { key: "signInRequired" }
  | { key: "noWorkspace" }
  | { key: "forbidden"; role: string; action: string; resource: string }
  | { key: "decisionNotFound"; id: string }
  | { key: "decisionState"; reason: "notOpen" | "notRevealed" | "frozen" | "notEnoughInputs" }
  | { key: "decisionSeat"; reason: "notFacilitator" | "notParticipant" | "notMember" }
  | { key: "decisionConflict"; what: "decision" | "input"; baseVersion: number; currentVersion: number }
  | { key: "lastOwner" }
  | { key: "memberNotFound" }
  | { key: "invitationNotFound" }
  | { key: "linkInvalid" }
  | { key: "workspaceNotFound" }
  | { key: "adminTokenRefused" }
  | { key: "soloMode" }
  | { key: "sharedLinkInvalid" }
  | { key: "shareNotFound"; id: string };

/** The endpoint families with a rate limit (lib/http/rate-limit.ts). */
export type RateLimitSubject = "sensitivity" | "pdf" | "imports" | "backups";

/** The subject key for a parse's English subject, if it is one the catalogues name. */
export function subjectOf(what: string): Subject | undefined {
  return (SUBJECTS as Record<string, Subject>)[what];
}

type ApiTranslator = ReturnType<typeof useTranslations<"api">>;

const translators = new Map<Locale, ApiTranslator>();
function translator(locale: Locale): ApiTranslator {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: messagesFor(locale), namespace: "api" }) as unknown as ApiTranslator;
    translators.set(locale, t);
  }
  return t;
}

/** "GET or POST" in English as the API always wrote it; the locale's own "или"/"或" elsewhere. */
function alternatives(locale: Locale, items: readonly string[]): string {
  if (locale === "en") return items.join(" or ");
  return new Intl.ListFormat(LANGUAGE_TAGS[locale], { type: "disjunction" }).format(items);
}

// The translator is typed inline so the message check (scripts/i18n/check-messages.ts) sees the namespace.
function render(t: ReturnType<typeof useTranslations<"api">>, locale: Locale, text: ApiText): string {
  switch (text.key) {
    case "invalidJson":
      return t("errors.invalidJson", { what: text.what, detail: text.detail });
    case "invalidRequest":
      return t("errors.invalidRequest", {
        what: text.what,
        issues: text.issues.map((i) => `${i.path}: ${i.message}`).join("; "),
      });
    case "unsupportedMediaType":
      return t("errors.unsupportedMediaType", { type: text.type });
    case "missingContentType":
      return t("errors.missingContentType");
    case "payloadTooLarge":
      return t("errors.payloadTooLarge", { limit: text.limit });
    case "methodNotAllowed":
      return t("errors.methodNotAllowed", {
        method: text.method,
        path: text.path,
        allowed: alternatives(locale, text.allowed),
      });
    case "routeNotFound":
      return t("errors.routeNotFound", { path: text.path });
    case "crossOrigin":
      return t("errors.crossOrigin", { from: text.from, source: text.source, trusted: text.trusted.join(", ") });
    case "rateLimited":
      return t("errors.rateLimited", {
        what: text.what,
        perMinute: text.perMinute,
        retryAfterSeconds: text.retryAfterSeconds,
      });
    case "marketNotFound":
      return t("errors.marketNotFound", { iso3: text.iso3 });
    case "scenarioNotFound":
      return t("errors.scenarioNotFound", { id: text.id, days: text.days });
    case "scenarioDeletedWhileEditing":
      return t("errors.scenarioDeletedWhileEditing");
    case "versionConflict":
      return t("errors.versionConflict", { baseVersion: text.baseVersion, currentVersion: text.currentVersion });
    case "emptyUpdate":
      return t("errors.emptyUpdate");
    case "scenarioDeleted":
      return t("errors.scenarioDeleted", { id: text.id });
    case "databaseUnavailable":
      return t("errors.databaseUnavailable");
    case "timeBudgetExceeded":
      return t("errors.timeBudgetExceeded", { budgetMs: text.budgetMs });
    case "clientClosedRequest":
      return t("errors.clientClosedRequest");
    case "workersUnavailable":
      return t("errors.workersUnavailable", { file: text.file });
    case "internalError":
      return t("errors.internalError");
    case "signInRequired":
      return t("errors.signInRequired");
    case "noWorkspace":
      return t("errors.noWorkspace");
    case "forbidden":
      return t("errors.forbidden", { role: text.role, action: text.action, resource: text.resource });
    case "decisionNotFound":
      return t("errors.decisionNotFound", { id: text.id });
    case "decisionState":
      return t("errors.decisionState", { reason: text.reason });
    case "decisionSeat":
      return t("errors.decisionSeat", { reason: text.reason });
    case "decisionConflict":
      return t("errors.decisionConflict", {
        what: text.what,
        baseVersion: text.baseVersion,
        currentVersion: text.currentVersion,
      });
    case "lastOwner":
      return t("errors.lastOwner");
    case "memberNotFound":
      return t("errors.memberNotFound");
    case "invitationNotFound":
      return t("errors.invitationNotFound");
    case "linkInvalid":
      return t("errors.linkInvalid");
    case "workspaceNotFound":
      return t("errors.workspaceNotFound");
    case "adminTokenRefused":
      return t("errors.adminTokenRefused");
    case "soloMode":
      return t("errors.soloMode");
    case "sharedLinkInvalid":
      return t("errors.sharedLinkInvalid");
    case "shareNotFound":
      return t("errors.shareNotFound", { id: text.id });
  }
}

/** The error's message in `locale`. */
export function apiMessage(locale: Locale, text: ApiText): string {
  return render(translator(locale), locale, text);
}

/**
 * The locale an API answer speaks: the request's Accept-Language when the request is at hand,
 * else the one of the request being served (scripts/serve.ts records it, lib/http/log.ts), else
 * English.
 */
export function apiLocale(request?: Request): Locale {
  if (request) return localeFromAcceptLanguage(request.headers.get("accept-language"));
  return requestLocale() ?? "en";
}

const ZOD_LOCALES = { en: z.locales.en, zh: z.locales.zhCN, ru: z.locales.ru } as const;
const errorMaps = new Map<Locale, z.core.$ZodErrorMap>();

/**
 * zod's own wording of its issues in `locale`, to pass to one parse (`safeParse(value, { error })`):
 * never set process-wide with z.config, since requests in different languages run concurrently.
 */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  let map = errorMaps.get(locale);
  if (!map) {
    map = ZOD_LOCALES[locale]().localeError;
    errorMaps.set(locale, map);
  }
  return map;
}
