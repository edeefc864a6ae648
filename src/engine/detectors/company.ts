import { regexHits, type SpanHit } from './span';

// Words that end a firm's name: "Norcroft Highways", "Kestrel Parking Services", "Tallis IT", "Bluebell Homecare".
const BUSINESS_WORDS =
  'Parking|Highways|Environmental|Digital|Systems|Facilities|Homecare|Recycling|Removals|Print|Printing|Printers|Leisure Trust|IT|Waste|Services|Solutions|Grounds|Cleaning|Cleaners|Construction|Contractors|Ltd|Limited|Plc|PLC|Group|Consulting|Consultants|Security|Vision|Software|Technologies|Landscapes|Landscaping|Maintenance|Builders|Roofing|Plumbing|Electrical|Surfacing|Civils|Fencing|Logistics|Haulage';
// One to three capitalised words, then a business word; not a council's own service ("Environmental Health").
const COMPANY_NAME = new RegExp(
  String.raw`\b(?!(?:The|A|An|Our|My|Your|This|That|Council|Borough|County|City|District|Town|Social|Adult|Public|Customer|Democratic|Electoral|Legal|Housing|Planning)\b)[A-Z][A-Za-z]+(?:'s)?(?:\s+[A-Z][A-Za-z]+){0,2}\s+(?:${BUSINESS_WORDS})\b(?!\s+(?:Health|Officer|Officers|Team|Department|Dept|Manager))`,
  'g',
);

/**
 * Named firms ("@company"), so praise or scorn for a contractor the policy does not list can still be read as an
 * endorsement or criticism of a council supplier (Charnwood's policy: do not endorse or criticise service providers).
 */
export function findCompanies(original: string): SpanHit[] {
  return regexHits(original, COMPANY_NAME, '@company');
}
