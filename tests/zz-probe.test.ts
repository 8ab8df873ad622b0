import { it } from 'vitest';
import { run } from './helpers.js';
const T = (process.env.T ?? '').split('||');
it('show', () => { for (const t of T) console.log(JSON.stringify(t), '=>', JSON.stringify(run(t).entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}:${m.rule}`)))); });
