import type { z } from 'astro/zod';
import type { Site } from '../../lib/schema.ts';
import { communitySchema } from '../../lib/schema.ts';
import type { YamlPath } from './edit.ts';

/**
 * The contract's key order for a map inside a community file, read from the schema (whose
 * fields are declared in the contract's order); `standards` follows site.yaml. New keys go in
 * this order, so an imported file reads like one written by hand.
 */
export function getCommunityKeyOrder(site?: Site): (mapPath: YamlPath) => readonly string[] | undefined {
  return (mapPath) => {
    if (mapPath.length === 1 && mapPath[0] === 'standards') return site?.standards.map((s) => s.id);
    let schema: z.ZodType | undefined = communitySchema;
    for (const key of mapPath) {
      const def = unwrap(schema)?._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
      schema = def?.type === 'object' ? def.shape?.[String(key)] : def?.type === 'array' ? def.element : undefined;
    }
    const def = unwrap(schema)?._zod.def as { type: string; shape?: Record<string, z.ZodType> } | undefined;
    return def?.type === 'object' ? Object.keys(def.shape ?? {}) : undefined;
  };
}

/** Looks through optional and default wrappers to the schema inside. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) current = def.innerType;
    else return current;
  }
  return undefined;
}
