/**
 * DOMAIN.md "Use, not mention": learning, following or teaching a
 * technology is not using it ("learning about Go", "keeping up with
 * MongoDB", "interested in", "a course on API programming" raise no green
 * flag); and a short word never matches inside a longer one in any language.
 */
import { describe, expect, it } from 'vitest';
import { makeSentence } from './reading';

const used = (text: string) => makeSentence(text, 'work', 0).used.map((m) => m.technology.id);

describe('use, not mention', () => {
  const cases: [string, string[]][] = [
    ['Learning about Go and Elasticsearch.', []],
    ['Keeping up with MySQL, MongoDB and Redis.', []],
    ['Interested in Rust and Kafka.', []],
    ['Took a course on Python and Django.', []],
    ['Taught JavaScript and Node.js to bootcamp students.', []],
    ['Veille technologique : Next.js, GraphQL.', []],
    ['Apprentissage de Go et de Kubernetes.', []],
    ['Weiterbildung in Kubernetes und Terraform.', []],
    ['Aprendiendo Go y Rust.', []],
    ['Aprendendo Kotlin.', []],
    ['Uczę się Go i Rust.', []],
    ['Built the ledger in Go on PostgreSQL.', ['go', 'postgresql']],
    ['Built the ledger in Go; learning Rust on the side.', ['go']],
    ['Built machine learning pipelines in Python.', ['python']],
    ['Built the backend of an e-learning platform in Django.', ['django']],
    ['Self-taught developer building Go services.', ['go']],
    ["Au cours de ce projet, j'ai développé une API en Go.", ['go']],
    ['Trained ML models in PyTorch and served them with FastAPI.', ['fastapi']],
  ];
  it.each(cases)('"%s" uses %j', (text, ids) => expect(used(text)).toEqual(ids));
});
