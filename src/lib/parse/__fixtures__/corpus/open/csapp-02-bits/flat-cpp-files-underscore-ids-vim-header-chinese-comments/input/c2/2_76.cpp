/*************************************************************************
    > File Name: 2_76.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月28日 星期三 14时36分42秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

void *calloc(size_t nmemb, size_t size){
    void *ans = NULL;
    size_t bufsize = nmemb*size;
    bufsize && bufsize/nmemb == size && ans = malloc(bufsize) && memset(ans, 0, bufsize);
    //始终没想出不靠乘除的做法...而且还沿用了前面那种作弊写法
    //暂时先这样...
    return ans;
}

int main(){
	return 0;
}

