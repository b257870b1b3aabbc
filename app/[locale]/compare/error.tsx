"use client";

export default function CompareError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">This comparison could not be shown</h1>
      <p className="mt-2 text-sm text-red-900">
        {error.digest ? `The error was logged on the server (reference ${error.digest}).` : error.message} The other
        comparisons above may still work.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
      >
        Try again
      </button>
    </div>
  );
}
