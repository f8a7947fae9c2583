import { describe, expect, it } from 'vitest';
import { validate } from '../../../shared/validation/engine';
import { profileFromScheming } from '../../../shared/validation/scheming';
import { goodFicha, subject } from './subject';

/** A small ckanext-scheming dataset schema, as a CKAN portal serves it. */
const scheming = {
  scheming_version: 2,
  dataset_type: 'dataset',
  about: 'Portal de prueba',
  dataset_fields: [
    { field_name: 'title', label: 'Título', preset: 'title', required: true },
    { field_name: 'name', label: 'URL', preset: 'dataset_slug' },
    { field_name: 'notes', label: { es: 'Descripción', en: 'Description' }, required: true },
    { field_name: 'tag_string', label: 'Etiquetas', preset: 'tag_string_autocomplete' },
    { field_name: 'owner_org', label: 'Organización', validators: 'owner_org_validator not_empty' },
    { field_name: 'maintainer_email', label: 'Correo', required: true },
    {
      field_name: 'frequency',
      label: 'Frecuencia',
      required: true,
      choices: [
        { value: 'R/P1Y', label: 'Anual' },
        { value: 'R/P1M', label: 'Mensual' },
      ],
    },
    { field_name: 'sector', label: 'Sector', choices: [{ value: 'agua', label: 'Agua' }] },
  ],
  resource_fields: [
    { field_name: 'url', label: 'URL', preset: 'resource_url_upload', required: true },
    { field_name: 'name', label: 'Nombre' },
    { field_name: 'format', label: 'Formato', required: true },
  ],
};

describe('profiles from a ckanext-scheming schema', () => {
  it('turns required fields and choices into rules and lists what it could not map', () => {
    const { profile, unmapped } = profileFromScheming(scheming, 'portal-prueba');
    const required = profile.rules.find((r) => r.rule === 'required-fields')!;

    expect(required.options).toEqual({
      fields: ['title', 'description', 'publisher.name', 'contact.email', 'periodicity'],
      distributionFields: ['downloadURL', 'format'],
    });
    expect(profile.rules.find((r) => r.rule === 'allowed-values')?.options).toEqual({
      choices: { periodicity: ['R/P1Y', 'R/P1M'] },
    });
    expect(profile.fields.find((f) => f.field === 'description')?.label).toEqual({
      es: 'Descripción',
      en: 'Description',
    });
    expect(unmapped).toEqual(['name', 'sector']);
  });

  it('passes a complete ficha and fails one missing what the portal requires', () => {
    const { profile } = profileFromScheming(scheming);
    expect(validate(subject(), [profile]).counts.error).toBe(0);

    const ficha = goodFicha();
    ficha.periodicity = 'R/P3M';
    ficha.contact.email = '';
    const fields = validate(subject({ ficha }), [profile]).findings.map((f) => f.location.field);
    expect(fields).toEqual(['contact.email', 'periodicity']);
  });

  it('refuses JSON that is not a scheming schema', () => {
    expect(() => profileFromScheming({ fields: [] })).toThrow(/dataset_fields/);
  });
});
