import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseCount, parseRatingLabel, validAverage, validRating } from '@/utils/sites/numbers';

describe('parseRatingLabel', () => {
  it.each([
    ['5 stars', 5],
    ['1 star', 1],
    ['4 star rating', 4],
    ['4.5 star rating', 4.5],
    ['Rated 4.0 out of 5,', 4],
    ['5.0 of 5 bubbles', 5],
    ['4/5', 4],
    ['8/10', 4],
    ['5 звёзд', 5],
    ['Оценка 4 из 5', 4],
    ['4 estrellas', 4],
    ['4,5 Sterne', 4.5],
    ['5 étoiles', 5],
    ['5 顆星', 5],
    ['五星', 5],
    ['三颗星', 3],
  ])('%s → %s', (label, expected) => {
    expect(parseRatingLabel(label)).toBe(expected);
  });

  it('rejects labels without a usable rating', () => {
    expect(parseRatingLabel('')).toBeUndefined();
    expect(parseRatingLabel('stars')).toBeUndefined();
    expect(parseRatingLabel('7 of 3')).toBeUndefined();
    expect(parseRatingLabel('12 stars')).toBeUndefined();
  });
});

describe('parseCount', () => {
  it.each([
    ['1,234 reviews', 1234],
    ['(16)', 16],
    ['1 234 avis', 1234],
    ['396\u202f164 avis', 396164],
    ['1.234 Bewertungen', 1234],
    ['1.2K reviews', 1200],
    ['2,5 тыс. отзывов', 2500],
    ['3万条评论', 30000],
    ['12 отзывов', 12],
  ])('%s → %s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
  it('returns undefined without digits', () => expect(parseCount('many reviews')).toBeUndefined());
});

describe('numeric helpers', () => {
  it('reads small Chinese numerals', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('二十三')).toBe(23);
    expect(parseChineseNumeral('五')).toBe(5);
    expect(parseChineseNumeral('百')).toBeUndefined();
  });
  it('keeps review ratings in whole or half stars and averages to one decimal', () => {
    expect(validRating(4.4)).toBe(4.5);
    expect(validRating(0)).toBeUndefined();
    expect(validRating(6)).toBeUndefined();
    expect(validAverage(4.26)).toBe(4.3);
    expect(validAverage(0.5)).toBeUndefined();
  });
});

describe('counts on Yandex Maps and 2GIS', () => {
  it.each([
    ['2\u00a0034 оценки', 2034],
    ['1\u00a0246 отзывов', 1246],
    ['1\u202f246 отзывов', 1246],
    ['Отзывы206', 206],
    ['1,246 reviews', 1246],
    ['3.417 değerlendirme', 3417],
  ])('%s → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
});
