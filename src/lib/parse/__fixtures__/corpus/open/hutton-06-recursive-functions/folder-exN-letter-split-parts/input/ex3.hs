(^) :: (Integral a) => a -> a -> a
(^) _ 0 = 1
(^) m n
  | n > 0 = m * (m Main.^ (n - 1))

{-
2 ^ 3
= {applying ^}
2 * (2 ^ 2)
= {applying ^}
2 * (2 * (2 ^ 1))
= {applying ^}
2 * (2 * (2 * (2 ^ 0)))
= {applying ^}
2 * (2 * (2 * (1)))
= {applying *}
2 * (2 * (2))
= {applying *}
2 * (4)
= {applying *}
8
-}