/**
 * Link-preview images, rendered at build time: one card per question
 * (`og/<slug>.png`) and one for the guide (`og/guide.png`).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { whenReady } from '../../lib/build/build-signals';
import { previewCards, previewPng } from '../../lib/site/preview-cards';

export const getStaticPaths = (async () => {
  const site = (await getEntry('guide', 'guide'))!.data;
  const pages = (await getCollection('questions')).map((entry) => entry.data);
  return previewCards(site, pages).map(({ name, card }) => ({ params: { name }, props: { card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// A build draws every card while Astro bundles the pages (the crossguide integration); a rebuild reuses the cards whose text did not change.
export const GET: APIRoute<Props> = async ({ props }) => {
  await whenReady('previews');
  const png = await previewPng(props.card, import.meta.env.CROSSGUIDE_PREVIEW_CACHE);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
