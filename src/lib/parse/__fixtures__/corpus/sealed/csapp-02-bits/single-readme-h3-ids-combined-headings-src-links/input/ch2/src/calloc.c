/**
 * @file    calloc.c
 *
 * @brief   2.76
 *  void* calloc(size_t nmemb, size_t size);
 *  calloc reserves room for nmemb elements, each size bytes long, and
 *  fills it with zeros. When nmemb or size is zero it
 *  hands back NULL.
 *
 *  Implement it on top of malloc (to get the memory) and memset (to clear
 *  it). No arithmetic overflow may open a hole, and the code has to be
 *  right whatever
 *  width the type
 *  size_t has.
 *
 *  void *malloc(size_t size);
 *  void *memset(void *s, int c, size_t n);
 */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <stdint.h>

void* self_calloc(size_t nmemb, size_t size)
{
    if(nmemb == 0 || size == 0) {
        return NULL;
    }
    size_t len = nmemb * size;
    if(nmemb == len / size) {
        void* ptr = malloc(len);
        if(ptr != NULL) {
            memset(ptr, 0, len);
        }
        return ptr;
    }

    return NULL;

}

int main(int argc, char** argv)
{
    size_t nmemb, size;
    void* ptr;

    ptr = self_calloc(100, sizeof(int));
    if(ptr != NULL) {
        printf("Allocation worked!\n");
        free(ptr);
    }

    nmemb = SIZE_MAX;
    size = sizeof(int);
    ptr = self_calloc(nmemb, size);
    if(ptr != NULL) {
        printf("Allocation worked!\n");
        free(ptr);
    } else {
        printf("Allocation refused!\n");
    }

    nmemb = UINT_MAX;
    size = sizeof(int);
    ptr = self_calloc(nmemb, size);
    if(ptr != NULL) {
        printf("Allocation worked!\n");
        free(ptr);
    } else {
        printf("Allocation refused!\n");
    }

    return 0;
}
