/**
 * Link-preview images, rendered at build time: one card per question
 * (`og/<slug>.png`) and one for the guide (`og/guide.png`).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { guideChapters, guideSite, questionEntries } from '../../../components/page/guide';
import { whenReady } from '../../../lib/build/build-signals';
import { bookCard, previewCards, previewPng } from '../../../lib/site/preview-cards';

export const getStaticPaths = (async () => {
  const guides = await Promise.all(
    (await guideChapters()).map(async (chapter) => {
      const site = await guideSite({ chapter });
      const pages = (await questionEntries(chapter)).map((entry) => entry.data);
      return previewCards(site, pages).map(({ name, card }) => ({ params: { chapter, name }, props: { card } }));
    }),
  );
  // A book's home has a card of its own.
  const book = await guideSite({});
  return [...guides.flat(), ...(book.book ? [{ params: { chapter: undefined, name: 'guide' }, props: { card: bookCard(book) } }] : [])];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// A build draws every card while Astro bundles the pages (the crossguide integration); a rebuild reuses the cards whose text did not change.
export const GET: APIRoute<Props> = async ({ props }) => {
  await whenReady('previews');
  const png = await previewPng(props.card, import.meta.env.CROSSGUIDE_PREVIEW_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
