import { readFileSync, readdirSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractLinkedInProfile, slugFromProfileUrl, type LinkedInPageResult } from './linkedin';
import { Profile } from '../profile/profile';

const DIR = 'tests/fixtures/pages/linkedin';
const NOW = new Date('2026-11-01T00:00:00Z');
const page = (file: string) => parseHTML(readFileSync(`${DIR}/${file}`, 'utf8')).document;
const at = (slug: string) => new URL(`https://www.linkedin.com/in/${slug}/`);

/** Each profile fixture and the slug of the person it shows (the other structures: linkedin-structures.test.ts). */
const FIXTURES: Record<string, string> = {
  'logged-in-mara-lind.html': 'mara-lind',
  'logged-in-mara-lind-de.html': 'mara-lind',
  'logged-in-mara-lind-fr.html': 'mara-lind',
  'junior-tomas-ruiz.html': 'tomas-ruiz-dev',
  'loading-noor-haddad.html': 'noor-haddad',
  'huge-pat-okonkwo.html': 'pat-okonkwo',
  'public-jsonld-mara-lind.html': 'mara-lind',
  'public-no-jsonld-ines-varga.html': 'ines-varga',
  'hostile-zed.html': 'zed-hostile',
  'logged-in-show-all-ilka-brandvold.html': 'ilka-brandvold',
  'guest-2023-tove-ekdahl.html': 'tove-ekdahl',
  'guest-2024-rui-tavares-moura.html': 'rui-tavares-moura',
  'react-2026-yara-castell.html': 'yara-castell',
  'react-2026-yara-castell-de.html': 'yara-castell',
};
/** Pages that are not a whole profile: a person's /details/ lists and pages that are nobody. */
const OTHER_PAGES = /^(details|nobody)-/;

function read(file: string): Profile {
  const slug = FIXTURES[file];
  if (!slug) throw new Error(`no slug for ${file}`);
  const result = extractLinkedInProfile(page(file), at(slug), NOW);
  if (result.kind !== 'profile') throw new Error(`${file}: ${result.kind}: ${"reason" in result ? result.reason : ""}`);
  return Profile.parse(result.profile);
}

/** What a role is, whichever interface language showed it. */
const roleFacts = (profile: Profile) => profile.work.map(({ name, position, startDate, endDate, summary }) => ({ name, position, startDate, endDate, summary }));

describe('LinkedIn profile pages', () => {
  test('every fixture is listed here, and each one is a valid profile naming its own LinkedIn account', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.html') && !OTHER_PAGES.test(f)).sort()).toEqual(Object.keys(FIXTURES).sort());
    for (const [file, slug] of Object.entries(FIXTURES)) {
      const profile = read(file);
      expect(profile.basics.profiles?.[0], file).toEqual({ network: 'LinkedIn', username: slug, url: `https://www.linkedin.com/in/${slug}/` });
      expect(profile.capture, file).toMatchObject({ source: 'linkedin', url: `https://www.linkedin.com/in/${slug}/`, capturedAt: NOW.toISOString() });
      expect(profile.basics.name, file).toBeTruthy();
    }
  });

  test('the huge fixture is as big as the issue asks', () => {
    expect(statSync(`${DIR}/huge-pat-okonkwo.html`).size).toBeGreaterThanOrEqual(300 * 1024);
    const profile = read('huge-pat-okonkwo.html');
    expect(profile.work).toHaveLength(25);
    expect(profile.skills).toHaveLength(80);
  });

  describe('logged in, English interface', () => {
    const profile = read('logged-in-mara-lind.html');

    test('top card, About and the embedded data that produced them', () => {
      expect(profile.basics).toMatchObject({
        name: 'Mara Lind',
        label: 'Senior Backend Engineer · Go, PostgreSQL, Kafka · payments',
        summary: 'I build and run payment backends: Go services on PostgreSQL and Kafka, on call for what I ship.\n\nBefore that, Python data pipelines at Harbor Systems.',
        location: { address: 'Berlin, Berlin, Germany', city: 'Berlin' },
      });
      expect(profile.capture?.strategy).toMatchObject({
        'basics.name': 'embedded',
        'basics.label': 'embedded',
        work: 'dom',
        education: 'dom',
        skills: 'dom',
      });
    });

    test('each role is one work entry in page order; roles grouped under a company carry its name', () => {
      expect(roleFacts(profile)).toEqual([
        {
          name: 'Quillworks',
          position: 'Senior Backend Engineer',
          startDate: '2021-01',
          endDate: undefined,
          summary: 'Payments API in Go on PostgreSQL; moved settlement to Kafka.\nOn call for the services my team ships; led the incident reviews.',
        },
        {
          name: 'Harbor Systems',
          position: 'Backend Engineer',
          startDate: '2018-03',
          endDate: '2020-12',
          summary: 'Python data pipelines and the REST API behind the port scheduling app.',
        },
        { name: 'Harbor Systems', position: 'Junior Software Engineer', startDate: '2016-10', endDate: '2018-02', summary: undefined },
        { name: 'Nordlicht Labs', position: 'Software Engineering Intern', startDate: '2016-04', endDate: '2016-09', summary: undefined },
      ]);
      // The company's location line covers grouped roles; a role's own line wins, without "· Hybrid".
      expect(profile.work.map((w) => w.location)).toEqual(['Berlin, Germany', 'Hamburg, Germany', 'Hamburg, Germany', 'Kiel']);
    });

    test('education and skills, read without the screen-reader duplicates', () => {
      expect(profile.education).toEqual([
        { institution: 'Elbe Institute of Technology', studyType: 'Master of Science - MS', area: 'Computer Science', startDate: '2014', endDate: '2016' },
        { institution: 'Förde University', studyType: 'Bachelor of Science - BS', area: 'Computer Science', startDate: '2011', endDate: '2014' },
      ]);
      expect(profile.skills.map((s) => s.name)).toEqual(['Go', 'PostgreSQL', 'Apache Kafka', 'Kubernetes', 'gRPC', 'Python']);
    });

    test('the GitHub profile link in Featured names the GitHub account, through LinkedIn\'s redirect; the repository link before it does not', () => {
      expect(profile.basics.profiles).toEqual([
        { network: 'LinkedIn', username: 'mara-lind', url: 'https://www.linkedin.com/in/mara-lind/' },
        { network: 'GitHub', username: 'mara-lind', url: 'https://github.com/mara-lind' },
      ]);
      expect(profile.capture?.strategy['basics.profiles.GitHub']).toBe('dom');
      expect(profile.capture?.confidence['basics.profiles.GitHub']).toBe(0.9);
      expect(profile.capture?.missing).toEqual([]);
    });

    test('the recruiter\'s own profile in the embedded data and "People also viewed" never leak in', () => {
      const text = JSON.stringify(profile);
      expect(text).not.toContain('Recruiter');
      expect(text).not.toContain('Lena Brandt');
    });
  });

  test.each([
    ['German', 'logged-in-mara-lind-de.html'],
    ['French', 'logged-in-mara-lind-fr.html'],
  ])('a %s interface gives the same roles, schools and skills (sections found by anchors, dates localised)', (_, file) => {
    const en = read('logged-in-mara-lind.html');
    const de = read(file);
    expect(roleFacts(de)).toEqual(roleFacts(en));
    expect(de.education).toEqual(en.education);
    expect(de.skills).toEqual(en.skills);
    expect(de.basics).toMatchObject({ name: en.basics.name, label: en.basics.label, summary: en.basics.summary, location: { city: 'Berlin' } });
    // Nothing embedded on this page: every field came from the page itself.
    expect(new Set(Object.values(de.capture?.strategy ?? {}))).toEqual(new Set(['dom']));
    expect(de.capture?.strategy.page).toBeUndefined();
  });

  test('a junior with education only: no roles and nothing missing, because the page finished loading', () => {
    const profile = read('junior-tomas-ruiz.html');
    expect(profile.work).toEqual([]);
    expect(profile.skills).toEqual([]);
    expect(profile.education).toEqual([
      { institution: 'Meseta University', studyType: "Bachelor's degree", area: 'Computer Engineering', startDate: '2023', endDate: '2027' },
    ]);
    expect(profile.capture?.missing).toEqual([]);
    // "my coursework is on github.com/truiz-codes" in the About, as plain text.
    expect(profile.basics.profiles).toContainEqual({ network: 'GitHub', username: 'truiz-codes', url: 'https://github.com/truiz-codes' });
    expect(profile.capture?.strategy['basics.profiles.GitHub']).toBe('dom-text');
  });

  test('a page still loading its sections says which ones, in the recruiter\'s words', () => {
    const profile = read('loading-noor-haddad.html');
    expect(profile.work.map((w) => w.position)).toEqual(['Platform Engineer']);
    expect(profile.capture?.missing).toEqual(['education', 'skills']);
  });

  test('the websites of the open "Contact info" overlay, outside the profile column, can name the GitHub account', () => {
    const profile = read('loading-noor-haddad.html');
    expect(profile.basics.profiles).toContainEqual({ network: 'GitHub', username: 'noorh-ops', url: 'https://github.com/noorh-ops' });
    expect(profile.capture?.strategy['basics.profiles.GitHub']).toBe('dom');
  });

  describe('only the places a person names their own accounts can name the GitHub account', () => {
    /** Mara's page without its Featured card, so nothing on it names her GitHub account. */
    const withoutFeatured = () => {
      const doc = page('logged-in-mara-lind.html');
      doc.querySelector('#featured')!.closest('section')!.remove();
      return doc;
    };
    const githubOfPage = (doc: Document) => {
      const result = extractLinkedInProfile(doc, at('mara-lind'), NOW);
      if (result.kind !== 'profile') throw new Error(result.kind);
      return Profile.parse(result.profile).basics.profiles?.find((p) => p.network === 'GitHub') ?? null;
    };
    const link = (doc: Document, href: string) => {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      a.textContent = href;
      return a;
    };

    test('without Featured, Mara\'s page names no GitHub account', () => {
      expect(githubOfPage(withoutFeatured())).toBeNull();
    });

    test('a repository link, or a profile link, in a job description does not become the account', () => {
      const doc = withoutFeatured();
      const description = doc.querySelector('#experience ~ * li .pv-shared-text-with-see-more span[aria-hidden="true"]')!;
      description.append(link(doc, 'https://github.com/apache/kafka'), link(doc, 'https://github.com/quillworks-payments'));
      expect(githubOfPage(doc)).toBeNull();
    });

    test('a link in activity, recommendations or anywhere else in the column does not either', () => {
      const doc = withoutFeatured();
      const activity = doc.createElement('section');
      activity.innerHTML = '<div id="recommendations" class="pv-profile-card__anchor"></div><p>Great colleague, see <a href="https://github.com/lena-brandt">her work</a></p>';
      doc.querySelector('main')!.append(activity);
      expect(githubOfPage(doc)).toBeNull();
    });

    test('a profile link in the About counts; a repository link there does not', () => {
      const doc = withoutFeatured();
      const about = doc.querySelector('#about')!.closest('section')!;
      about.append(link(doc, 'https://github.com/apache/kafka'));
      expect(githubOfPage(doc)).toBeNull();
      about.append(link(doc, 'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fgithub.com%2Fmara-lind%3Ftab%3Drepositories'));
      expect(githubOfPage(doc)).toEqual({ network: 'GitHub', username: 'mara-lind', url: 'https://github.com/mara-lind' });
    });

    /** An open dialog in LinkedIn's modal outlet, as a post or a share box opens one. */
    const dialog = (doc: Document, html: string, attributes = '') => {
      const outlet = doc.createElement('div');
      outlet.id = 'artdeco-modal-outlet';
      outlet.innerHTML = `<div class="artdeco-modal-overlay"><div role="dialog" ${attributes} class="artdeco-modal">${html}</div></div>`;
      doc.body.append(outlet);
    };

    test('a GitHub link in another open dialog (a post, a share box) does not count', () => {
      const doc = withoutFeatured();
      dialog(doc, '<h2 id="share-title">Share post</h2><p>Check out <a href="https://github.com/lena-brandt">Lena\'s work</a></p>', 'aria-labelledby="share-title"');
      expect(githubOfPage(doc)).toBeNull();
    });

    test('the contact-info dialog counts, also restyled, while the address is its overlay', () => {
      const doc = withoutFeatured();
      dialog(doc, '<h2>Contact info</h2><a href="https://github.com/mara-lind">github.com/mara-lind</a>');
      expect(githubOfPage(doc)).toBeNull();
      const result = extractLinkedInProfile(doc, new URL('https://www.linkedin.com/in/mara-lind/overlay/contact-info/'), NOW);
      expect(result.kind === 'profile' ? result.profile.basics?.profiles : []).toContainEqual({ network: 'GitHub', username: 'mara-lind', url: 'https://github.com/mara-lind' });
    });

    test('a profile link in the top card counts', () => {
      const doc = withoutFeatured();
      doc.querySelector('h1')!.closest('section')!.append(link(doc, 'https://github.com/mara-lind/'));
      expect(githubOfPage(doc)).toMatchObject({ username: 'mara-lind' });
    });
  });

  test('an empty section card (its list not rendered yet) counts as missing too', () => {
    const doc = page('logged-in-mara-lind.html');
    for (const item of doc.querySelectorAll('#skills ~ * li, #skills ~ * ul')) item.remove();
    const result = extractLinkedInProfile(doc, at('mara-lind'), NOW);
    expect(result).toMatchObject({ kind: 'profile', profile: { capture: { missing: ['skills'] } } });
  });

  test('logged out with JSON-LD: the page as shown first, JSON-LD fills only what the page lacks; skills never shown', () => {
    const profile = read('public-jsonld-mara-lind.html');
    const loggedIn = read('logged-in-mara-lind.html');
    expect(roleFacts(profile)).toEqual(roleFacts(loggedIn));
    expect(profile.education).toEqual(loggedIn.education);
    // The place as the page shows it, never JSON-LD's "Berlin, DE".
    expect(profile.basics.location).toEqual({ address: 'Berlin, Berlin, Germany', city: 'Berlin' });
    expect(profile.capture?.strategy).toMatchObject({
      'basics.name': 'dom',
      'basics.summary': 'dom',
      'basics.label': 'dom',
      'basics.location': 'dom',
      work: 'dom',
      education: 'dom',
      // What only JSON-LD carries on this page: the spoken languages.
      languages: 'json-ld',
    });
    expect(profile.languages).toEqual([{ language: 'English' }, { language: 'German' }]);
    expect(profile.capture?.missing).toEqual(['skills']);
    // Scrolling will not bring skills to a logged-out visitor: the popup can tell from this.
    expect(profile.capture?.strategy.page).toBe('public');
  });

  test('logged out without JSON-LD: the public page markup alone, grouped roles included', () => {
    const profile = read('public-no-jsonld-ines-varga.html');
    expect(profile.basics).toMatchObject({ name: 'Ines Varga', label: 'Backend Developer (Java, Kotlin) at Danube Freight' });
    expect(roleFacts(profile)).toEqual([
      { name: 'Danube Freight', position: 'Backend Developer', startDate: '2022-09', endDate: undefined, summary: 'Shipment tracking API in Kotlin.' },
      { name: 'Danube Freight', position: 'Java Developer', startDate: '2020-02', endDate: '2022-08', summary: undefined },
      { name: 'Alpine Bank IT', position: 'Trainee Software Developer', startDate: '2019-01', endDate: '2020-01', summary: undefined },
    ]);
    expect(profile.education[0]).toEqual({
      institution: 'Vienna Institute of Applied Computing',
      studyType: 'Bachelor of Science - BS',
      area: 'Software Engineering',
      startDate: '2015',
      endDate: '2018',
    });
    expect(profile.basics.profiles).toContainEqual({ network: 'GitHub', username: 'ivarga', url: 'https://github.com/ivarga' });
    expect(profile.capture?.missing).toEqual(['skills']);
  });

  test('the embedded data and the page agree on the huge profile, so either strategy alone gives the same roles', () => {
    const both = read('huge-pat-okonkwo.html');
    expect(both.capture?.strategy).toMatchObject({ work: 'embedded', skills: 'embedded', education: 'embedded' });
    const domOnly = page('huge-pat-okonkwo.html');
    for (const code of domOnly.querySelectorAll('code')) code.remove();
    const fromDom = extractLinkedInProfile(domOnly, at('pat-okonkwo'), NOW);
    expect(fromDom.kind).toBe('profile');
    if (fromDom.kind !== 'profile') return;
    const dom = Profile.parse(fromDom.profile);
    expect(dom.capture?.strategy.work).toBe('dom');
    expect(dom.work).toEqual(both.work);
    expect(dom.skills).toEqual(both.skills);
    expect(dom.education).toEqual(both.education);
  });
});

describe('hostile profile text', () => {
  const profile = read('hostile-zed.html');

  test('markup and formulas are kept as the words they are, never as HTML', () => {
    expect(profile.basics.label).toBe('<img src=x onerror=alert(1)> Backend <b>engineer</b>');
    expect(profile.work[0]).toMatchObject({ name: '=HYPERLINK("http://x","y")', position: '<script>alert("role")</script>' });
    expect(profile.skills.map((s) => s.name)).toEqual(['<svg onload=alert(1)>', 'Go']);
    expect(profile.basics.summary?.startsWith(`<img src=x onerror="document.title='pwned'"> <script>document.title='pwned'</script>`)).toBe(true);
  });

  test('direction overrides are dropped, so a name cannot disguise itself', () => {
    expect(profile.basics.name).toBe('Zed Quarrygnp.exe');
    expect(JSON.stringify(profile)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  test('a 100 KB About is cut to 10,000 characters and the cut is recorded', () => {
    expect(profile.basics.summary).toHaveLength(10_000);
    const cut = profile.capture?.truncated.find((t) => t.field === 'basics.summary');
    expect(cut?.length).toBeGreaterThan(100_000);
  });

  test('every other string is at most 1,000 characters and lists are capped', () => {
    const doc = page('logged-in-mara-lind.html');
    const headline = doc.querySelector('.text-body-medium')!;
    headline.textContent = 'x'.repeat(5_000);
    const skillsList = doc.querySelector('#skills ~ .pvs-list__outer-container ul')!;
    const template = skillsList.querySelector('li')!;
    for (let i = 0; i < 300; i++) {
      const copy = template.cloneNode(true) as Element;
      copy.querySelector('.t-bold span[aria-hidden="true"]')!.textContent = `Skill ${i}`;
      skillsList.append(copy);
    }
    // No embedded headline for this check: the page's is the one we made long.
    for (const code of doc.querySelectorAll('code')) code.remove();
    const result = extractLinkedInProfile(doc, at('mara-lind'), NOW);
    if (result.kind !== 'profile') throw new Error(result.kind);
    const parsed = Profile.parse(result.profile);
    expect(parsed.basics.label).toHaveLength(1_000);
    expect(parsed.skills).toHaveLength(200);
    expect(parsed.capture?.truncated).toEqual(
      expect.arrayContaining([
        { field: 'basics.label', length: 5_000 },
        { field: 'skills', length: 306 },
      ]),
    );
  });
});

describe('pages that are not a readable profile', () => {
  test.each([
    ['https://www.linkedin.com/feed/', 'feed', "This is a LinkedIn feed page, not a person's profile."],
    ['https://www.linkedin.com/company/quillworks/', 'company', 'This is a LinkedIn company page, not a person.'],
    ['https://www.linkedin.com/in/mara-lind/recent-activity/all/', 'other', "This LinkedIn page is not a person's profile itself (open the profile's main page)."],
  ])('%s', (url, page, reason) => {
    expect(extractLinkedInProfile(parseHTML('<html><body><main></main></body></html>').document, new URL(url))).toEqual({ kind: 'not-a-profile', reason, page });
  });

  test('a "Show all" address whose page still shows the profile itself is not read yet (the list is on its way)', () => {
    expect(extractLinkedInProfile(page('logged-in-mara-lind.html'), new URL('https://www.linkedin.com/in/mara-lind/details/experience/'))).toEqual({
      kind: 'pending',
      reason: 'The profile is still loading.',
    });
  });

  test('an unrecognisable page says it could not read the profile instead of making an empty candidate', () => {
    const doc = parseHTML('<html><body><main><div class="feed-shared-update-v2">Something else</div></main></body></html>').document;
    const result = extractLinkedInProfile(doc, at('mara-lind'));
    expect(result).toEqual({ kind: 'not-a-profile', reason: expect.stringContaining('Could not read this profile') });
  });

  test('after a client-side navigation, the previous person\'s page is not captured under the new address', () => {
    // The URL already says /in/ines-varga/, the DOM (and its embedded data) still show Mara.
    const result: LinkedInPageResult = extractLinkedInProfile(page('logged-in-mara-lind.html'), at('ines-varga'));
    expect(result).toEqual({ kind: 'pending', reason: 'The profile is still loading.' });
  });

  test('a page with nothing rendered yet but a loader is pending, not unreadable', () => {
    const doc = parseHTML('<html><body><main class="scaffold-layout__main"><div class="artdeco-loader"></div></main></body></html>').document;
    expect(extractLinkedInProfile(doc, at('mara-lind')).kind).toBe('pending');
  });

  test.each([
    ['https://www.linkedin.com/in/mara-lind/', 'mara-lind'],
    ['https://www.linkedin.com/in/Mara-Lind', 'mara-lind'],
    ['https://de.linkedin.com/in/mara-lind?trk=public_profile', 'mara-lind'],
    ['https://www.linkedin.com/in/m%C3%BCller-j%C3%BCrgen-1a2b3c/', 'müller-jürgen-1a2b3c'],
    ['https://www.linkedin.com/in/mara-lind/overlay/contact-info/', 'mara-lind'],
    ['https://www.linkedin.com/in/mara-lind/details/skills/', null],
    ['https://www.linkedin.com/company/quillworks/', null],
    ['https://evil.example/in/mara-lind/', null],
  ])('slug of %s is %s', (url, slug) => {
    expect(slugFromProfileUrl(new URL(url))).toBe(slug);
  });
});

describe('a reader that breaks', () => {
  test('a page that makes the reader throw is a page it could not read, not a crash', () => {
    const doc = page('logged-in-mara-lind.html');
    // A DOM whose querySelectorAll fails, as an exotic page or a broken DOM implementation might.
    doc.querySelectorAll = () => {
      throw new Error('the DOM refused a query');
    };
    expect(extractLinkedInProfile(doc, at('mara-lind'))).toEqual({ kind: 'not-a-profile', reason: 'Could not read this profile: the DOM refused a query' });
  });

  test('a malformed link in the top card does not stop the reading', () => {
    const doc = page('logged-in-mara-lind.html');
    // Without the contact-info link, the "Show all" links tell whose page this is; one of them is broken.
    doc.querySelector('#top-card-text-details-contact-info')!.remove();
    const link = doc.createElement('a');
    link.setAttribute('href', '/in/%E0%A4%A/details/');
    doc.querySelector('main')!.append(link);
    expect(extractLinkedInProfile(doc, at('mara-lind')).kind).toBe('profile');
  });
});
