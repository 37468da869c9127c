import MailChecker from 'mailchecker';

/** Providers that deliver `j.doe+news@` to `jdoe@`: dots and tags are dropped before comparing. */
const ignoresDots = new Set(['gmail.com', 'googlemail.com']);
/** Providers whose `+tag` reaches the same mailbox. */
const plusTags = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.ca',
  'live.com',
  'live.ca',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'protonmail.com',
  'protonmail.ch',
  'proton.me',
  'pm.me',
  'fastmail.com',
  'videotron.ca',
]);
/** Domains that are one mailbox under two names. */
const sameAs: Record<string, string> = { 'googlemail.com': 'gmail.com', 'protonmail.ch': 'protonmail.com', 'pm.me': 'protonmail.com', 'proton.me': 'protonmail.com' };

/**
 * The address as one person has it: lower case; for providers that ignore them, without dots or
 * `+tag` in the local part; one name per domain. `Jean.Doe+petition@GoogleMail.com` → `jeandoe@gmail.com`.
 */
export function normaliseEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  let local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).replace(/\.$/, '');
  if (plusTags.has(domain)) local = local.split('+')[0]!;
  if (ignoresDots.has(domain)) local = local.replace(/\./g, '');
  return `${local}@${sameAs[domain] ?? domain}`;
}

/** The domain part, lower case. */
export const domainOf = (email: string) => email.trim().toLowerCase().slice(email.lastIndexOf('@') + 1);

const disposable = MailChecker.blacklist();

/** A throwaway-address provider (mailchecker's maintained list), the domain or any domain above it. */
export function isDisposable(email: string): boolean {
  const labels = domainOf(email).split('.');
  for (let i = 0; i < labels.length - 1; i += 1) if (disposable.has(labels.slice(i).join('.'))) return true;
  return false;
}
