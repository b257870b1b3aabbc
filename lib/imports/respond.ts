import "server-only";

import { NextResponse } from "next/server";

import { apiLocale } from "@/lib/http/api-text";
import { errorResponse, jsonError } from "@/lib/http/route";

import { ImportFileError } from "./errors";
import { fileErrorMessage } from "./wording";

/**
 * What the import routes answer: the work's result as JSON, or its error in the caller's language
 * (Accept-Language; English when it names none of ours). An ImportFileError is worded from
 * data.importErrors; any other error as every route words it (lib/http/route.ts).
 */
export async function respondInLanguage<T>(
  request: Request,
  work: () => Promise<T>,
  init?: ResponseInit,
): Promise<NextResponse> {
  const locale = apiLocale(request);
  try {
    return NextResponse.json(await work(), init);
  } catch (error) {
    if (!(error instanceof ImportFileError)) return errorResponse(error, locale);
    const message = fileErrorMessage(error.words, locale);
    const extra = {
      ...(error.issues ? { issues: error.issues } : {}),
      ...(error.limit ? { limit: error.limit } : {}),
    };
    return jsonError(error.status, { code: error.code, message, ...extra }, locale);
  }
}
