"use client";

import { useMemo } from "react";

import { unpackScoringData, type PackedScoringData } from "@/lib/workspace/packed-data";

import { Workspace } from "./workspace";

type Props = Omit<React.ComponentProps<typeof Workspace>, "data"> & { packed: PackedScoringData };

/** The workspace fed from packed data (lib/workspace/packed-data.ts), unpacked once in the browser. */
export function PackedWorkspace({ packed, ...props }: Props) {
  const data = useMemo(() => unpackScoringData(packed), [packed]);
  return <Workspace data={data} {...props} />;
}
