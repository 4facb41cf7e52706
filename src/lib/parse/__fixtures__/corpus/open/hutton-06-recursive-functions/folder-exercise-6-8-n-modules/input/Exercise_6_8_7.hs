{-# OPTIONS_GHC -Wall #-}
module Exercise_6_8_7 where

merge :: Ord a => [a] -> [a] -> [a]
merge xs [] = xs
merge [] xs = xs
merge xs ys = head lesser : merge (tail lesser) greater
              where (lesser, greater) = if head xs < head ys
                                           then (xs, ys)
                                           else (ys, xs)