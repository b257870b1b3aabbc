import { createNavigation } from "next-intl/navigation";

import { routing } from "./routing";

// Locale-aware Link, redirect and router: href="/weights" becomes /zh/weights on a Chinese page.
// Pages and components use these, never next/link or next/navigation's router (lint enforces it).
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
