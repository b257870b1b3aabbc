import { buildWorkers } from "@/scripts/build-workers";

// Routes that use the worker pool (sensitivity, report PDFs) need the bundled workers, which
// `npm run build` makes; integration tests run before any build, so they bundle them first.
export default async function setup(): Promise<void> {
  await buildWorkers();
}
