// Writes the validation conformance corpus (corpus/*.graphql): hand-written documents for every rule plus
// programmatic families (fragment spreads over every pair of composite types, argument literals of every kind,
// variables in every position, directives at every location). Re-run after editing; commit the output.
//
//   node generate-corpus.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { handWritten } from './corpus-hand-written.mjs';

const corpus = join(fileURLToPath(new URL('.', import.meta.url)), 'corpus');
mkdirSync(corpus, { recursive: true });
for (const name of readdirSync(corpus)) {
  if (name.endsWith('.graphql')) rmSync(join(corpus, name));
}

const documents = [...handWritten];
const add = (name, text) => documents.push([name, text]);

// Fragment spreads and inline fragments between every pair of composite types (PossibleFragmentSpreads).
const composites = ['Dog', 'Cat', 'Pet', 'CatOrDog', 'DogOrHuman', 'HumanOrAlien', 'Human', 'Alien', 'Sentient', 'Canine', 'Mammal'];
const rootField = {
  Dog: 'dog', Cat: 'cat', Pet: 'pet', CatOrDog: 'catOrDog', DogOrHuman: 'dogOrHuman', HumanOrAlien: 'humanOrAlien',
  Human: 'human', Alien: 'alien', Sentient: 'sentient', Canine: 'canine',
};
for (const parent of composites) {
  for (const fragmentType of composites) {
    const field = rootField[parent];
    if (!field) continue;
    add(`spread-${parent}-${fragmentType}`, `{\n  ${field} {\n    ...frag\n  }\n}\n\nfragment frag on ${fragmentType} {\n  __typename\n}\n`);
    add(`inline-${parent}-${fragmentType}`, `{\n  ${field} {\n    ... on ${fragmentType} {\n      __typename\n    }\n  }\n}\n`);
  }
}

// Argument literals of every kind against every argument type (ValuesOfCorrectType, suggestions included).
const argumentFields = [
  ['intArgField', 'intArg'], ['nonNullIntArgField', 'nonNullIntArg'], ['stringArgField', 'stringArg'],
  ['booleanArgField', 'booleanArg'], ['enumArgField', 'enumArg'], ['floatArgField', 'floatArg'], ['idArgField', 'idArg'],
  ['stringListArgField', 'stringListArg'], ['stringListNonNullArgField', 'stringListNonNullArg'],
  ['complexArgField', 'complexArg'], ['oneOfArgField', 'oneOfArg'],
];
const literals = [
  ['int', '2'], ['big-int', '2147483648'], ['float', '1.5'], ['string', '"SPOTTED"'], ['bool', 'true'], ['null', 'null'],
  ['enum', 'BROWN'], ['enum-typo', 'BRWN'], ['enum-lower', 'brown'], ['list', '["a", null]'], ['nested-list', '[[1]]'],
  ['object', '{ requiredField: true }'], ['oneof', '{ stringField: "x" }'], ['empty-object', '{}'],
];
for (const [field, argument] of argumentFields) {
  for (const [kind, literal] of literals) {
    add(`arg-${field}-${kind}`, `{\n  arguments {\n    ${field}(${argument}: ${literal})\n  }\n}\n`);
  }
}

// Variables of every type in a few positions (VariablesInAllowedPosition, VariablesAreInputTypes, KnownTypeNames).
const variableTypes = [
  ['Int', 'Int'], ['IntBang', 'Int!'], ['IntDefault', 'Int = 1'], ['IntNullDefault', 'Int = null'], ['String', 'String'],
  ['StringList', '[String]'], ['StringBangList', '[String!]'], ['Boolean', 'Boolean'], ['BooleanBang', 'Boolean!'],
  ['FurColor', 'FurColor'], ['ComplexInput', 'ComplexInput'], ['Dog', 'Dog'], ['Unknown', 'Colour'], ['ID', 'ID'],
];
const positions = [
  ['nonNullInt', 'arguments { nonNullIntArgField(nonNullIntArg: $v) }'],
  ['stringList', 'arguments { stringListArgField(stringListArg: $v) }'],
  ['listItem', 'arguments { stringListNonNullArgField(stringListNonNullArg: [$v]) }'],
  ['skip', 'dog @skip(if: $v) { name }'],
  ['inputField', 'findDog(complex: { requiredField: $v }) { name }'],
  ['defaulted', 'dog { isHouseTrained(atOtherHomes: $v) }'],
];
for (const [typeName, type] of variableTypes) {
  for (const [position, selection] of positions) {
    add(`var-${typeName}-${position}`, `query Q($v: ${type}) {\n  ${selection}\n}\n`);
  }
}

// Every directive at every executable location (KnownDirectives, ProvidedRequiredArguments on directives).
const directives = ['@onQuery', '@onMutation', '@onField', '@onFragmentSpread', '@onInlineFragment', '@onFragmentDefinition',
  '@onVariableDefinition', '@skip(if: true)', '@include(if: false)', '@tag', '@deprecated', '@unknown'];
directives.forEach((directive, index) => {
  add(`directive-${index}-locations`,
    `query Q($a: Int ${directive}) ${directive} {\n  dog ${directive} {\n    ...f ${directive}\n    ... ${directive} {\n      name(surname: $a)\n    }\n  }\n}\n\nfragment f on Dog ${directive} {\n  barks\n}\n`);
});

// Field typos on every object and interface (FieldsOnCorrectType suggestions).
const typos = [
  ['dog', 'nam'], ['dog', 'barkVolum'], ['dog', 'Name'], ['dog', 'meows'], ['cat', 'meow'], ['cat', 'furColour'],
  ['pet', 'nickname'], ['pet', 'mother'], ['catOrDog', 'name'], ['catOrDog', 'barks'], ['dogOrHuman', 'name'],
  ['humanOrAlien', 'numEyes'], ['sentient', 'iq'], ['canine', 'barkVolume'], ['human', 'pet'], ['alien', 'homeplanet'],
];
for (const [field, typo] of typos) {
  add(`typo-${field}-${typo}`, `{\n  ${field} {\n    ${typo}\n  }\n}\n`);
}

// Work budgets: 1,000 identical fields exhaust graphql-js's field-merging budget ("Validation aborted."); 100 chained
// fragments spread side by side stay within it, with and without conflicts.
add('budget-identical-fields', `{\n  dog {\n${'    name\n'.repeat(1000)}  }\n}\n`);
const chain = (conflicting) => {
  let text = 'query Big {\n  dog {\n';
  for (let i = 0; i < 100; i++) text += `    ...f${i}\n`;
  text += '  }\n}\n';
  for (let i = 0; i < 100; i++) {
    text += `\nfragment f${i} on Dog {\n`;
    for (let j = 0; j < 9; j++) text += `  a${j}: ${conflicting && j === 3 && i % 10 === 7 ? 'nickname' : 'name'}\n`;
    text += i < 99 ? `  mother { ...f${i + 1} }\n` : '  mother { name }\n';
    text += '}\n';
  }
  return text;
};
add('budget-fragment-chain', chain(false));
add('budget-fragment-chain-conflicts', chain(true));

documents.forEach(([name, text], index) => {
  const file = `${String(index).padStart(3, '0')}-${name}.graphql`;
  writeFileSync(join(corpus, file), text);
});
console.log(`wrote ${documents.length} documents to ${corpus}`);
