import { describe, expect, it } from 'vitest';
import {
  findPlace,
  municipalityPlaces,
  placeName,
  searchPlaces,
  statePlaces,
} from '../../../shared/metadata/spatial-places';

describe('INEGI places for the spatial picker', () => {
  it('lists the 32 states as "09 Ciudad de México"', () => {
    expect(statePlaces).toHaveLength(32);
    expect(findPlace('09')?.label).toBe('09 Ciudad de México');
  });

  it('finds places by any words of their name, ignoring case and accents', () => {
    expect(searchPlaces(statePlaces, 'MEXICO ciudad').map((p) => p.key)).toEqual(['09']);
    expect(searchPlaces(statePlaces, 'michoacan').map((p) => p.key)).toEqual(['16']);
  });

  it('puts places whose key starts with the query first', () => {
    const keys = searchPlaces(statePlaces, '1').map((p) => p.key);
    expect(keys.slice(0, 10)).toEqual(['10', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
    expect(keys.slice(10)).toEqual(['01', '21', '31']);
    expect(searchPlaces(municipalityPlaces, '14039')[0].label).toBe('14039 Guadalajara');
  });

  it('names a municipality with its state, and nothing for an unknown key', () => {
    expect(placeName('09003')).toBe('Coyoacán, Ciudad de México');
    expect(placeName('14')).toBe('Jalisco');
    expect(placeName('99999')).toBeNull();
  });
});
