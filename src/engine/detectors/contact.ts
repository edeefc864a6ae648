import { regexHits, type SpanHit } from './span';

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
// Mailboxes of a role or an organisation, not a person: a job advert or service address is fine to share.
const ROLE_MAILBOX = /^(info|enquiries|enquiry|jobs|careers|recruitment|hr|hello|contact|contactus|admin|help|support|press|media|news|office|reception|customerservices|customer\.services|bookings|events|sales|noreply|no-reply|team|mail|general|council|democratic\.services|planning|housing|licensing|feedback|complaints|webmaster|comms|communications)$/i;

/** Email addresses: a person's raises "@email"; a role mailbox or a .gov.uk address raises "@email-public". */
export function findEmails(original: string): SpanHit[] {
  if (!original.includes('@')) return [];
  return regexHits(original, EMAIL, '@email').map((hit) => {
    const [local, domain] = original.slice(hit.start, hit.end).split('@') as [string, string];
    const isPublic = ROLE_MAILBOX.test(local) || /\.gov\.uk$/i.test(domain);
    return isPublic ? { ...hit, signal: '@email-public' } : hit;
  });
}
