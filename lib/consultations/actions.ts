"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { idSchema } from "@/lib/domain/ids";
import { answerConsultation, askQuestion } from "./commands";
import { answerSchema, questionSchema } from "./schema";

// 咨询 on a product page (applicants) and its answer in the console (staff).
// Any signed-in account: staff and admin are told that questions come from applicants' accounts.
export const askAboutProduct = action({
  bound: z.tuple([idSchema]),
  input: questionSchema,
  run: ({ actor, meta }, { question }, [productId]) => askQuestion(actor, productId, question, meta),
  message: "咨询已提交，机构回复后将通过消息中心通知您",
});

export const answerQuestion = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  input: answerSchema,
  run: ({ actor, meta }, { answer }, [consultationId]) => answerConsultation(actor, consultationId, answer, meta),
  redirect: (_done, _input, [consultationId]) => `/org/consultations/${consultationId}?done=answered`,
});
