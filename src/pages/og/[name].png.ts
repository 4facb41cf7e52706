/**
 * Link-preview images, rendered at build time: one card per question
 * (`og/<slug>.png`) and one for the guide (`og/guide.png`).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import sharp from 'sharp';
import { cachedBytes } from '../../lib/file-cache';
import { previewSvg, type PreviewCard } from '../../lib/preview-image';

export const getStaticPaths = (async () => {
  const site = (await getEntry('guide', 'guide'))!.data;
  const questions = (await getCollection('questions')).map((entry) => entry.data).sort((a, b) => a.number - b.number);
  const guide: PreviewCard = {
    site: site.title,
    eyebrow: 'Study guide',
    title: site.title,
    ...(site.description ? { text: site.description } : {}),
    footer: `${questions.length} questions · ${site.sources.map((source) => source.label).join(' · ')}`,
  };
  return [
    { params: { name: 'guide' }, props: { card: guide } },
    ...questions.map((page) => {
      const answered = page.answers.filter((answer) => answer.answered);
      const card: PreviewCard = {
        site: site.title,
        eyebrow: `Question ${page.number} of ${questions.length}`,
        title: page.title,
        text: page.description,
        footer: `${answered.length} ${answered.length === 1 ? 'answer' : 'answers'} · ${answered.map((answer) => answer.label).join(' · ')}`,
      };
      return { params: { name: page.slug }, props: { card } };
    }),
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Drawing a card takes tens of milliseconds; a rebuild redraws only the cards whose text changed.
export const GET: APIRoute<Props> = async ({ props }) => {
  const svg = previewSvg(props.card);
  const png = await cachedBytes(import.meta.env.CROSSGUIDE_PREVIEW_CACHE, `${sharp.versions.sharp}\n${svg}`, () => sharp(Buffer.from(svg)).png().toBuffer());
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
