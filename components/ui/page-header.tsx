export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{title}</h1>
        {lead ? <p className="mt-2 text-sm leading-6 text-slate-700 sm:text-base">{lead}</p> : null}
      </div>
      {children}
    </div>
  );
}

export function Card({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`}>
      {children}
    </section>
  );
}

export function Badge({
  children,
  tone = "slate",
}: {
  children: React.ReactNode;
  tone?: "slate" | "amber" | "brand" | "green";
}) {
  const tones = {
    slate: "bg-slate-100 text-slate-700 ring-slate-300",
    amber: "bg-amber-50 text-amber-900 ring-amber-300",
    brand: "bg-brand-50 text-brand-900 ring-brand-100",
    green: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  };
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

/** What was wrong with the link's parameters, one item each; nothing when all were fine. */
export function ProblemList({ problems, className = "mb-4" }: { problems: readonly string[]; className?: string }) {
  if (problems.length === 0) return null;
  return (
    <ul
      role="status"
      className={`${className} list-inside list-disc rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900`}
    >
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
