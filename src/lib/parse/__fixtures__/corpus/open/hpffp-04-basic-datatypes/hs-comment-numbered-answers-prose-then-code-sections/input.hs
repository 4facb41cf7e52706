-- 1. `length` would have the signature [a] -> Int. Near enough, the real
--    type is Foldable t => t a -> Int

-- 2.
-- a) 5
-- b) 3
-- c) 2
-- d) 5

-- 3.
-- the second expression blows up since `/` only works on the Fractional type:
-- Fractional => a -> a -> a -> a

-- 4.
-- Switch to `div`, whose type is Integral a => a -> a -> a

--5.
-- Bool, and we'd expect True

-- 6.
-- It's a Bool, and the value should come out False

-- 7.
-- length allAwesome == 2 -- a Bool, value True, can't reduce any more
-- length [1, 'a', 3, 'b'] -- gives an error, since a list holds one type only
--   and this one mixes Chars with Ints
-- length allAwesome + length awesome -- an Int, value 5
-- (8 == 8) && ('b' < 'a') - a Bool, value False, since 'b' does not come before 'a' in ASCII
-- (8 == 8) && 9 -- gives an error, since (8 == 8) is a Bool while 9 is an Int, and `&&` is typed Bool -> Bool -> Bool

-- 8.
isPalindrome :: (Eq a) => [a] -> Bool
isPalindrome x = x == reverse x

-- 9.

myAbs :: Integer -> Integer
myAbs x =
  if x < 0
  then (-1) * x
  else x

-- 10.
f :: (a, b)-> (c, d) -> ((b, d), (a, c))
f x y = (,) ((,) (snd x) (snd y)) ((,) (fst x) (fst y))

-- CorrectingSyntax
-- 1. 'x' needs to be `x`, and F has to become f or some other lowercase name, because names
--  starting with a capital are data constructors
-- 2. ought to be id = (\x -> x), or id x = x
-- 3. ought to be e.g. f (x:xs) = x, because we match a single argument that is a list
-- 4. ought to be f (a,b) = a


-- Match th function names to their types
-- 1. c
-- 2. b
-- 3. a
-- 4. d
