-- Chapter Exercises, #10
module Abs where

myAbs :: Integer -> Integer
myAbs x =
  if x >= 0
  then x
  else -x

