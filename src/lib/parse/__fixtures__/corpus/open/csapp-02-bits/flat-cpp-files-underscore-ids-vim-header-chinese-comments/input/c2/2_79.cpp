/*************************************************************************
    > File Name: 2_79.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月29日 星期四 11时37分12秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
using namespace std;

int mul3div4(int x){
    int w = sizeof(int)<<3;
    x = (x<<1)+x;
    //溢出怎么处理我到最后也没想明白，翻了别人的答案也都没管溢出...那就先这样（
    return (((x>>(w-1)) & 3)+x)>>2;
}

int main(){
	return 0;
}

