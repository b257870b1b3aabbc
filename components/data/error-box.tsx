import type { ShownError } from "./api-error";

export function ErrorBox({ error }: { error: ShownError }) {
  return (
    <div role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p>{error.message}</p>
      {error.issues.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {error.issues.map((issue, i) => (
            <li key={i}>
              <span className="font-medium">{issue.path}:</span> {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
