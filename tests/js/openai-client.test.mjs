// Drives Yardstick's OpenAI-compatible model server (`yardstick serve-model`) with the official `openai` npm client.
// The .NET test Server/OpenAiClientCompatibilityTests starts a server on a free loopback port and runs this file with
// YARDSTICK_OPENAI_BASE_URL (e.g. http://127.0.0.1:5123/v1) and YARDSTICK_MODEL set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';

const baseURL = process.env.YARDSTICK_OPENAI_BASE_URL;
const model = process.env.YARDSTICK_MODEL;
const skip = !baseURL || !model ? 'YARDSTICK_OPENAI_BASE_URL and YARDSTICK_MODEL are not set (the .NET test sets them)' : false;
const client = new OpenAI({ baseURL, apiKey: 'not-needed-on-loopback', maxRetries: 0, timeout: 60_000 });
const messages = [{ role: 'system', content: 'Answer briefly.' }, { role: 'user', content: 'What is the answer?' }];

test('lists the served model', { skip }, async () => {
  const ids = [];
  for await (const m of client.models.list()) ids.push(m.id);
  assert.deepEqual(ids, [model]);
});

test('non-streaming completion runs to max_tokens with usage', { skip }, async () => {
  const completion = await client.chat.completions.create({ model, messages, max_tokens: 8, temperature: 0, ignore_eos: true });
  assert.equal(completion.object, 'chat.completion');
  assert.equal(completion.choices.length, 1);
  assert.equal(completion.choices[0].finish_reason, 'length');
  assert.equal(completion.choices[0].message.role, 'assistant');
  assert.equal(typeof completion.choices[0].message.content, 'string');
  assert.ok(completion.choices[0].message.content.length > 0);
  assert.equal(completion.usage.completion_tokens, 8);
  assert.ok(completion.usage.prompt_tokens > 0);
  assert.equal(completion.usage.total_tokens, completion.usage.prompt_tokens + 8);
  assert.equal(typeof completion.usage.completion_tokens_details.reasoning_tokens, 'number');
});

test('streaming completion sends role first, then text, finish reason and a usage chunk', { skip }, async () => {
  const stream = await client.chat.completions.create({
    model, messages, max_tokens: 8, temperature: 0, ignore_eos: true, stream: true, stream_options: { include_usage: true },
  });
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  assert.ok(chunks.every(c => c.object === 'chat.completion.chunk'));
  assert.equal(chunks[0].choices[0].delta.role, 'assistant');
  const text = chunks.flatMap(c => c.choices).map(c => (c.delta.content ?? '') + (c.delta.reasoning_content ?? '')).join('');
  assert.ok(text.length > 0);
  assert.equal(chunks.flatMap(c => c.choices).filter(c => c.finish_reason).map(c => c.finish_reason).join(), 'length');
  const last = chunks.at(-1);
  assert.deepEqual(last.choices, []);
  assert.equal(last.usage.completion_tokens, 8);
});

test('streaming and non-streaming give the same text for the same seed', { skip }, async () => {
  const request = { model, messages, max_tokens: 12, temperature: 1, seed: 7, ignore_eos: true };
  const whole = await client.chat.completions.create(request);
  let content = '';
  let reasoning = '';
  for await (const chunk of await client.chat.completions.create({ ...request, stream: true }))
    for (const choice of chunk.choices) {
      content += choice.delta.content ?? '';
      reasoning += choice.delta.reasoning_content ?? '';
    }
  assert.equal(content, whole.choices[0].message.content);
  assert.equal(reasoning, whole.choices[0].message.reasoning_content ?? '');
});

test('an unknown model is a 404 in OpenAI error shape', { skip }, async () => {
  await assert.rejects(
    client.chat.completions.create({ model: 'no-such-model', messages }),
    e => e instanceof OpenAI.NotFoundError && e.status === 404 && e.code === 'model_not_found');
});

test('a prompt longer than the context is a 400 context_length_exceeded', { skip }, async () => {
  const long = 'hello world '.repeat(5000);
  await assert.rejects(
    client.chat.completions.create({ model, messages: [{ role: 'user', content: long }] }),
    e => e instanceof OpenAI.BadRequestError && e.status === 400 && e.code === 'context_length_exceeded');
});
