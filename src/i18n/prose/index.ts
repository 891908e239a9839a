// Longer prose of the site, one MDX file per page and language. Each takes
// what varies (names, dates, links) as props from its page's view.
import type { Lang } from '../../lib/lang.ts';
import AboutVi from './about.vi.mdx';
import AboutEn from './about.en.mdx';
import GuideVi from './guide.vi.mdx';
import GuideEn from './guide.en.mdx';
import DataVi from './data.vi.mdx';
import DataEn from './data.en.mdx';
import LicenceVi from './licence.vi.mdx';
import LicenceEn from './licence.en.mdx';
import ChangesVi from './changes.vi.mdx';
import ChangesEn from './changes.en.mdx';
import ApiVi from './api.vi.mdx';
import ApiEn from './api.en.mdx';

const prose = {
  about: { vi: AboutVi, en: AboutEn },
  guide: { vi: GuideVi, en: GuideEn },
  data: { vi: DataVi, en: DataEn },
  licence: { vi: LicenceVi, en: LicenceEn },
  changes: { vi: ChangesVi, en: ChangesEn },
  api: { vi: ApiVi, en: ApiEn },
};

export function proseOf(page: keyof typeof prose, lang: Lang): (typeof prose)[typeof page]['vi'] {
  return prose[page][lang];
}
