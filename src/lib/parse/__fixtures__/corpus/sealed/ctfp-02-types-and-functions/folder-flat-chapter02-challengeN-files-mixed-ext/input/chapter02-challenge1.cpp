#include <functional>
#include <map>

template <class A, class B>
B memoize(std::function<A (B)> fn, A arg)
{
    static std::map<A, B> cache;

    if (cache.find(arg) != cache.end()) {
        printf("Returning cached value\n");
        return cache[arg];
    }

    printf("Caching a fresh value\n");
    return cache[fn(arg)];
}

int main()
{
    std::function<int (int)> square = [](int n) { return n * n; };

    memoize(square, 3);
    memoize(square, 4);
    memoize(square, 3);

    return 0;
}
