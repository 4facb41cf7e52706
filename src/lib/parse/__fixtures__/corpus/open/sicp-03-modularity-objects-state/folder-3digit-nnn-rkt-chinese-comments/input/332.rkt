;; 为什么 agenda 使用 FIFO 的数据结构管理 wire 中的 action-procedures？

#lang sicp
