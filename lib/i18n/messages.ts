// The message catalogues, imported statically so that the server, the report builder, the CLI and
// the tests all read the same files with no loader of their own. The English files define the
// keys; the message check (tests/unit/i18n/messages.test.ts) holds the other locales to them.
// To add a namespace: add it to namespaces.ts, create messages/<locale>/<namespace>.json for
// every locale and import it here.

import en_common from "@/messages/en/common.json";
import en_workspace from "@/messages/en/workspace.json";
import en_compare from "@/messages/en/compare.json";
import en_scenarios from "@/messages/en/scenarios.json";
import en_data from "@/messages/en/data.json";
import en_markets from "@/messages/en/markets.json";
import en_cases from "@/messages/en/cases.json";
import en_framework from "@/messages/en/framework.json";
import en_report from "@/messages/en/report.json";
import en_api from "@/messages/en/api.json";
import en_account from "@/messages/en/account.json";
import en_decisions from "@/messages/en/decisions.json";
import en_audit from "@/messages/en/audit.json";
import en_share from "@/messages/en/share.json";
import zhCN_common from "@/messages/zh-CN/common.json";
import zhCN_workspace from "@/messages/zh-CN/workspace.json";
import zhCN_compare from "@/messages/zh-CN/compare.json";
import zhCN_scenarios from "@/messages/zh-CN/scenarios.json";
import zhCN_data from "@/messages/zh-CN/data.json";
import zhCN_markets from "@/messages/zh-CN/markets.json";
import zhCN_cases from "@/messages/zh-CN/cases.json";
import zhCN_framework from "@/messages/zh-CN/framework.json";
import zhCN_report from "@/messages/zh-CN/report.json";
import zhCN_api from "@/messages/zh-CN/api.json";
import zhCN_account from "@/messages/zh-CN/account.json";
import zhCN_decisions from "@/messages/zh-CN/decisions.json";
import zhCN_audit from "@/messages/zh-CN/audit.json";
import zhCN_share from "@/messages/zh-CN/share.json";
import ru_common from "@/messages/ru/common.json";
import ru_workspace from "@/messages/ru/workspace.json";
import ru_compare from "@/messages/ru/compare.json";
import ru_scenarios from "@/messages/ru/scenarios.json";
import ru_data from "@/messages/ru/data.json";
import ru_markets from "@/messages/ru/markets.json";
import ru_cases from "@/messages/ru/cases.json";
import ru_framework from "@/messages/ru/framework.json";
import ru_report from "@/messages/ru/report.json";
import ru_api from "@/messages/ru/api.json";
import ru_account from "@/messages/ru/account.json";
import ru_decisions from "@/messages/ru/decisions.json";
import ru_audit from "@/messages/ru/audit.json";
import ru_share from "@/messages/ru/share.json";

import type { Locale } from "./locales";
import type { Namespace } from "./namespaces";

const en = {
  common: en_common,
  workspace: en_workspace,
  compare: en_compare,
  scenarios: en_scenarios,
  data: en_data,
  markets: en_markets,
  cases: en_cases,
  framework: en_framework,
  report: en_report,
  api: en_api,
  account: en_account,
  decisions: en_decisions,
  audit: en_audit,
  share: en_share,
};

/** The shape of every locale's messages: the English catalogue's. */
export type Messages = typeof en;

// The other locales are checked against English key by key in the message test, not by the
// type (a missing key would otherwise only fail the build, far from the file that lacks it).
const CATALOGUES: Record<Locale, Record<Namespace, unknown>> = {
  en,
  zh: {
    common: zhCN_common,
    workspace: zhCN_workspace,
    compare: zhCN_compare,
    scenarios: zhCN_scenarios,
    data: zhCN_data,
    markets: zhCN_markets,
    cases: zhCN_cases,
    framework: zhCN_framework,
    report: zhCN_report,
    api: zhCN_api,
    account: zhCN_account,
    decisions: zhCN_decisions,
    audit: zhCN_audit,
    share: zhCN_share,
  },
  ru: {
    common: ru_common,
    workspace: ru_workspace,
    compare: ru_compare,
    scenarios: ru_scenarios,
    data: ru_data,
    markets: ru_markets,
    cases: ru_cases,
    framework: ru_framework,
    report: ru_report,
    api: ru_api,
    account: ru_account,
    decisions: ru_decisions,
    audit: ru_audit,
    share: ru_share,
  },
};

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale] as Messages;
}
