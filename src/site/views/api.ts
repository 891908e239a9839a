// The JSON API's files (publish/api.ts) with this site's addresses: absolute
// where the site's address is known, so a file read on its own still leads back.
import type { SiteModel } from '../../model/types.ts';
import { apiIndex, indicatorJson, unitJson, type ApiLinks } from '../../publish/api.ts';
import { siteName } from '../model.ts';
import type { SiteRevisions } from '../revisions.ts';
import { absoluteUrl, apiIndicatorPath, apiKey, apiUnitPath, documentPath, figurePath, indicatorPath, localePath, presentUnitPath, unitPath } from '../routes.ts';

function links(model: SiteModel, site: URL | undefined): ApiLinks {
  const abs = (path: string) => absoluteUrl(path, site);
  const both = (f: (lang: 'vi' | 'en') => string) => ({ vi: abs(f('vi')), en: abs(f('en')) });
  return {
    unitPage: (u) => both((l) => unitPath(l, u)),
    unitJson: (u) => abs(apiUnitPath(u)),
    indicatorPage: (i) => both((l) => indicatorPath(l, i)),
    indicatorJson: (i) => abs(apiIndicatorPath(i)),
    figurePage: (v) => both((l) => figurePath(l, v)),
    document: (d) => both((l) => documentPath(l, d)),
    lineagePage: (r) => {
      const page = r.page;
      if (!page) return undefined;
      if (page.kind === 'present') {
        const present = model.lineage.presentBySlug.get(page.slug);
        return present && both((l) => presentUnitPath(l, present));
      }
      const unit = model.unitByCode.get(page.code);
      return unit && both((l) => unitPath(l, unit));
    },
  };
}

const json = (body: unknown) => JSON.stringify(body) + '\n';

export const apiUnitFiles = (model: SiteModel) => model.units.map((unit) => ({ key: apiKey(unit.code), unit }));
export const apiIndicatorFiles = (model: SiteModel) => model.indicators.map((indicator) => ({ key: apiKey(indicator.id), indicator }));

export const apiUnitBody = (model: SiteModel, code: string, site: URL | undefined): string => json(unitJson(model, model.unitByCode.get(code)!, links(model, site)));

export const apiIndicatorBody = (model: SiteModel, id: string, revisions: SiteRevisions, site: URL | undefined): string =>
  json(indicatorJson(model.indicatorById.get(id)!, revisions.of, links(model, site)));

export const apiIndexBody = (model: SiteModel, site: URL | undefined): string =>
  json(apiIndex(model, links(model, site), { name: siteName(model, 'vi'), home: absoluteUrl(localePath('vi'), site) }));
