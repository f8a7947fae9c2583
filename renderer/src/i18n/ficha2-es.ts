// Spanish strings of the Ficha tab's spatial-coverage picker, its added
// fields (language, version, links, files) and where findings point.
// es.ts spreads them at its end, so they are part of MessageKey.
export const ficha2Es = {
  'ficha.spatial.kind': 'Tipo de cobertura',
  'ficha.spatial.national': 'Nacional',
  'ficha.spatial.states': 'Entidades',
  'ficha.spatial.municipalities': 'Municipios',
  'ficha.spatial.text': 'Texto libre',
  'ficha.spatial.nationalHint': 'Todo el país: México.',
  'ficha.spatial.searchStates': 'Buscar entidad por nombre o clave INEGI',
  'ficha.spatial.searchMunicipalities': 'Buscar municipio por nombre o clave INEGI',
  'ficha.spatial.stateFilter': 'Entidad de los municipios',
  'ficha.spatial.allStates': 'Todas las entidades',
  'ficha.spatial.chosenStates': 'Entidades elegidas',
  'ficha.spatial.chosenMunicipalities': 'Municipios elegidos',
  'ficha.spatial.noneChosen': 'Ninguna elegida todavía.',
  'ficha.spatial.remove': 'Quitar {place}',
  'ficha.spatial.clear': 'Quitar las {count}',
  'ficha.spatial.unknown': '{key} (clave desconocida)',
  'ficha.spatial.noMatch': 'Nada coincide con «{query}».',
  'ficha.spatial.more': 'Y {count} más; escriba para acotar.',
  'ficha.spatial.textLabel': 'Descripción de la cobertura',
  'ficha.spatial.keysHint':
    'Flechas para moverse, Intro para elegir o quitar, Retroceso para quitar la última.',
  'ficha.ckanName': 'Nombre CKAN: {count}/{limit}',
  'ficha.moreInfoHint': 'Un enlace por línea.',
  'ficha.distributions': 'Recursos (archivos)',
  'ficha.distribution': 'Recurso {n}: {name}',
  'ficha.distributionFilled': 'Se calcula al exportar.',
  'ficha.noDistributions': 'El conjunto todavía no tiene recursos; se agrega un CSV al exportar.',
  'ficha.overLimit': '(pasa del límite)',
  'ficha.otherFields': 'Idioma y versión',
} as const;
