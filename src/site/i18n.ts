/** The site namespace's translator for a language (layout components use this). */
import { translator, type Lang } from '../i18n/define';
import site from '../i18n/strings/site';

export type SiteKey = keyof (typeof site)['en'];

export function siteT(lang: Lang) {
  return translator(site, lang);
}
