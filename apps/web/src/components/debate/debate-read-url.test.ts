import { describe, expect, it } from "vitest";
import { questionInAnswer } from "./debate-read-url";

const answerOf = (view: unknown) => JSON.stringify({ result: { data: { json: view } } });

describe("questionInAnswer", () => {
  it("finds the debate's question, quotes and all, not words in a claim that look like one", () => {
    const question = 'Should we say "no" to the \\ pitch? – yes';
    const answer = answerOf({
      debate: { id: "d1", question, description: null },
      claims: { columns: { body: { values: ['{"question":"not this"}'] } } },
    });
    expect(questionInAnswer(answer)).toBe(question);
  });

  it("says nothing when the answer holds no debate", () => {
    expect(questionInAnswer(answerOf(null))).toBeNull();
    const onlyInAClaim = answerOf({ claims: [{ body: '"question":"a claim\'s words"' }] });
    expect(questionInAnswer(onlyInAClaim)).toBeNull();
  });
});
