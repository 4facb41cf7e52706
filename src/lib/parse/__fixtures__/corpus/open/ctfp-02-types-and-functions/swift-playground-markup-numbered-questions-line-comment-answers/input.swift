import Foundation

//: [ChapterOne](Chapter1)

//: Chapter Two

//: 1. Write a higher-order function (or a function object) memoize in the language you like best. It takes a pure function f and returns a function that behaves almost exactly like f, except that the original is only called once per argument: the result is stored inside and handed back on every later call with the same argument. Timing shows the difference between the memoized function and the original. For example, memoize a function that is slow to evaluate: the first call makes you wait, but later calls with the same argument should return right away.

func memoize<A: Hashable, B>(_ f: @escaping (A) -> B) -> (A) -> B {
  var seen = Dictionary<A,B>()

  return { a in
    if let hit = seen[a] {
      return hit
    }

    let computed = f(a)
    seen[a] = computed
    return computed
  }
}

//: 2. Memoize the function from your standard library that you normally use to get random numbers. Does that work?

// No good: one input would always map to one output, which is no longer random.

//: 3. Most random number generators take a seed. Write a function that takes a seed, calls the generator with it, and returns the result. Memoize that function. Does that work?

// Yes, since a fixed seed always produces the same output, so it is safe to memoize.

//: 4. Which of these functions are pure? Memoize them and watch what happens when they are called several times

// (a) Factorial Function
// (c) func f() -> Bool { print("Hello\n"); return true }
// (d) func f(_ x: Int) -> Int { static int y = 0; y += x; return y }

func factorial(_ input: Int) -> Int {
  return input == 0 ? 1 : input * factorial(input - 1)
}

func staticInt(_ x: Int) -> Int {
  struct Static {
    static var y = 0
  }
  Static.y += x
  return Static.y
}

staticInt(2)
staticInt(2)

factorial(4) // 24
factorial(4) // 24

memoize(factorial)(4) // 24
memoize(factorial)(4) // 24

// Memoizing (c) is impossible, because its input type (Void) does not conform to Hashable.

//: 5. How many distinct functions go from Bool to Bool? Can you write every one of them?

// sends T -> T and F -> F
func id_bool(_ x: Bool) -> Bool { return x }

// sends T -> F and F -> T
func inverse(_ x: Bool) -> Bool { return !x }

// sends T -> F and F -> F
func `false`(_: Bool) -> Bool { return false }

// sends T -> T and F -> T
func `true`(_: Bool) -> Bool { return true  }

//: 6. Draw a category whose only objects are the types Void, () (unit), and Bool, with an arrow for every possible function between these types. Name each arrow after its function.

// Void -> Unit = 1^0 = 1 (absurd)
// Bool -> Unit = 1^2 = 1 (unit)
// Unit -> Unit = 1^1 = 1 (id_unit)

// Void -> Void = 0^0 = 1 (id_void)
// Unit -> Void = 0^1 = 0 (no function of this type exists)
// Bool -> Void = 0^2 = 0 (no function of this type exists)

// Void -> Bool = 2^0 = 1 (absurd)
// Unit -> Bool = 2^1 = 2 (false, true)
// Bool -> Bool = 2^2 = 4 (id_bool, false, true, inverse)

//: [ChapterThree](Chapter3)
