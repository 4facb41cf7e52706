export * from "./triangle.ts";
export * from "./fizzbuzz.ts";
export * from "./chessboard.ts";
