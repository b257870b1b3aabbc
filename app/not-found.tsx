import { connection } from "next/server";

import "./globals.css";

// Reached only outside any locale (the proxy gives every page address one): a plain page in the
// three languages, since none was chosen.
/* eslint-disable @next/next/no-html-link-for-pages -- a full load into a locale is the point here:
   outside any locale there is no locale-aware Link to use. */
export default async function GlobalNotFound() {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900">
        <main className="py-16 text-center">
          <h1 className="text-2xl font-semibold">Not found · 未找到 · Не найдено</h1>
          <p className="mt-4">
            <a href="/en" className="text-brand-700 hover:underline" lang="en">English</a>
            {" · "}
            <a href="/zh" className="text-brand-700 hover:underline" lang="zh-CN">中文</a>
            {" · "}
            <a href="/ru" className="text-brand-700 hover:underline" lang="ru">Русский</a>
          </p>
        </main>
      </body>
    </html>
  );
}
