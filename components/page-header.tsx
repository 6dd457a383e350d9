import './page-header.css';

/** Candor's pages, in the order the header lists them. */
const PAGES = [
  { id: 'practice', href: 'practice.html', name: 'Practice' },
  { id: 'calls', href: 'calls.html', name: 'Calls' },
  { id: 'privacy', href: 'privacy.html', name: 'What is stored' },
  { id: 'options', href: 'options.html', name: 'Settings' },
] as const;

export type PageId = (typeof PAGES)[number]['id'] | 'debrief';

/** The same header on every page: the brand, where you are, and a way to every other page (Settings too). */
export function PageHeader({ current }: { current: PageId }) {
  return (
    <header className="candor-header">
      <p className="candor-brand">Candor</p>
      <nav className="candor-nav" aria-label="Candor pages">
        {PAGES.map((page) => (
          <a key={page.id} href={page.href} aria-current={page.id === current ? 'page' : undefined}>
            {page.name}
          </a>
        ))}
      </nav>
    </header>
  );
}
