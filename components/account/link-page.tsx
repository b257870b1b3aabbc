import { Card, PageHeader } from "@/components/ui/page-header";

// The frame of a page reached through a one-time link (an invitation, a password reset): the
// link's own form, or a plain "this link does not work" when it is unknown, used or expired.

export function InvalidLinkPage({ title, body }: { title: string; body: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card className="max-w-xl">
        <p className="text-sm text-slate-800">{body}</p>
      </Card>
    </>
  );
}

export function LinkPage({ title, lead, children }: { title: string; lead: string; children: React.ReactNode }) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <Card className="max-w-md">{children}</Card>
    </>
  );
}
